import torch

torch.manual_seed(0)

gradient = torch.tensor([-0.001, 1000.0])
for optimizer_class in (torch.optim.SGD, torch.optim.Adam):
    p = torch.zeros(2, requires_grad=True)
    optimizer = optimizer_class([p], lr=0.1)
    (gradient * p).sum().backward()
    optimizer.step()
    values = ", ".join(f"{v:.4f}" for v in p.tolist())
    print(f"{optimizer_class.__name__:<4} p after one step: [{values}]")
