import torch

torch.manual_seed(0)

model = torch.nn.Linear(3, 1)
optimizers = {p: torch.optim.Adam([p], lr=0.01) for p in model.parameters()}


def step_in_backward(p):
    optimizers[p].step()
    optimizers[p].zero_grad()


for p in model.parameters():
    p.register_post_accumulate_grad_hook(step_in_backward)

accumulation_steps = 2
planned = 0
for i in range(6):
    x, y = torch.randn(4, 3), torch.randn(4, 1)
    loss = torch.nn.functional.mse_loss(model(x), y) / accumulation_steps
    loss.backward()
    if (i + 1) % accumulation_steps == 0:
        planned += 1

steps = optimizers[model.weight].state[model.weight]["step"].item()
print(f"updates the loop planned: {planned}")
print(f"steps Adam took on model.weight: {steps:g}")
