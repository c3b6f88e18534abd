import torch

torch.manual_seed(0)

a = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
loss = (a * torch.tensor([3.0, 4.0])).sum() + (b * 12.0).sum()
loss.backward()
print(f"before: a.grad norm {a.grad.norm():.4f}, b.grad norm {b.grad.norm():.4f}")

returned = torch.nn.utils.clip_grad_norm_([a, b], max_norm=5.0)
print(f"clip_grad_norm_ returned: {returned:.4f}")
print("a.grad after:", [round(v, 4) for v in a.grad.tolist()])
print("b.grad after:", [round(v, 4) for v in b.grad.tolist()])
