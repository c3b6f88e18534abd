import torch

torch.manual_seed(0)

p = torch.tensor([0.0], requires_grad=True)
optimizer = torch.optim.Adam([p], lr=0.001)

for grad in (torch.ones(1), torch.zeros(1), None):
    p.grad = grad
    before = p.item()
    optimizer.step()
    label = "None" if grad is None else f"{grad.item():g}"
    step = optimizer.state[p]["step"].item()
    print(f"p.grad {label:<4}  moved {before - p.item():.7f}  state['step'] = {step:g}")
