import torch

torch.manual_seed(0)

w = torch.nn.Parameter(torch.tensor([1.0]))
optimizer = torch.optim.SGD([w], lr=0.1, momentum=0.9)

for step, grad in enumerate([torch.tensor([1.0]), None, torch.tensor([1.0])], start=1):
    w.grad = grad
    optimizer.step()
    buf = optimizer.state[w]["momentum_buffer"]
    shown = None if grad is None else grad.item()
    print(f"step {step}: grad {shown}, w {w.item():.4f}, buffer {buf.item():.4f}")
