import torch

torch.manual_seed(0)

for optimizer_class in (torch.optim.Adam, torch.optim.AdamW):
    p = torch.tensor([10.0], requires_grad=True)
    optimizer = optimizer_class([p], lr=0.1)
    for _ in range(3):
        p.grad = torch.zeros(1)
        optimizer.step()
    print(f"{optimizer_class.__name__:<5} p after 3 steps with zero gradients: {p.item():.4f}")
