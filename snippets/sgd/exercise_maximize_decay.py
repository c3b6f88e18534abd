import torch

torch.manual_seed(0)

for maximize in (False, True):
    w = torch.nn.Parameter(torch.tensor([1.0]))
    optimizer = torch.optim.SGD([w], lr=0.1, weight_decay=0.5, maximize=maximize)
    w.grad = torch.tensor([0.0])
    optimizer.step()
    print(f"maximize={maximize!s:<5}  w after one step: {w.item():.4f}")
