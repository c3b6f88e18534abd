import torch

torch.manual_seed(0)

model = torch.nn.Sequential(torch.nn.Linear(4, 16), torch.nn.Tanh(), torch.nn.Linear(16, 1))
x, y = torch.randn(32, 4), torch.randn(32, 1) * 10
torch.nn.functional.mse_loss(model(x), y).backward()
grads = [p.grad.clone() for p in model.parameters()]
max_norm = 1.0

per_parameter = torch.stack([g.norm() for g in grads])  # (1)!
print("per-parameter norms:", [round(n, 4) for n in per_parameter.tolist()])
print(f"norm of those norms:       {per_parameter.norm():.4f}")
print(f"norm of all grads as one:  {torch.cat([g.flatten() for g in grads]).norm():.4f}")
total = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm)
print(f"clip_grad_norm_ returned:  {total:.4f}")
assert torch.allclose(total, per_parameter.norm())

factors = torch.cat(
    [(p.grad / g).flatten() for p, g in zip(model.parameters(), grads, strict=True)]
)
print(f"each element multiplied by {factors.min():.6f} ... {factors.max():.6f}")  # (2)!
print(f"max_norm / (total + 1e-6) = {max_norm / (total + 1e-6):.6f}")

clipped = [p.grad.clone() for p in model.parameters()]
returned = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=100.0)  # (3)!
unchanged = all(torch.equal(p.grad, c) for p, c in zip(model.parameters(), clipped, strict=True))
print(f"max_norm=100 on a total norm of {returned:.4f}: gradients unchanged: {unchanged}")
