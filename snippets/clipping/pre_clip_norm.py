import torch

torch.manual_seed(0)

model = torch.nn.Sequential(torch.nn.Linear(4, 16), torch.nn.Tanh(), torch.nn.Linear(16, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(32, 4), torch.randn(32, 1) * 10


def total_norm():
    return torch.cat([p.grad.flatten() for p in model.parameters()]).norm().item()


optimizer.zero_grad()
torch.nn.functional.mse_loss(model(x), y).backward()
before = total_norm()
returned = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # (1)!
after = total_norm()
optimizer.step()  # (2)!

print(f"total norm before clipping: {before:.4f}")
print(f"clip_grad_norm_ returned:   {returned.item():.4f}")
print(f"total norm after clipping:  {after:.4f}")
