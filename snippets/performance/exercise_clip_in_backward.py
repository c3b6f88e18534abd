import torch

torch.manual_seed(0)

model = torch.nn.Linear(3, 1)
optimizers = {p: torch.optim.SGD([p], lr=1.0) for p in model.parameters()}


def step_in_backward(p):
    optimizers[p].step()
    optimizers[p].zero_grad()


for p in model.parameters():
    p.register_post_accumulate_grad_hook(step_in_backward)

before = [p.detach().clone() for p in model.parameters()]
x, y = 10 * torch.randn(4, 3), torch.randn(4, 1)
torch.nn.functional.mse_loss(model(x), y).backward()
total_norm = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)

update = torch.cat(
    [(b - p.detach()).flatten() for b, p in zip(before, model.parameters(), strict=True)]
)
print(f"clip_grad_norm_ returned {total_norm.item()}")
print(f"norm of the update the parameters received: {update.norm().item():.4f}")
