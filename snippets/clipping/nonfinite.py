import torch

torch.manual_seed(0)


def gradient_with(bad):
    w = torch.ones(3, requires_grad=True)
    (w * torch.tensor([0.5, bad, -2.0])).sum().backward()  # (1)!
    return w


w = gradient_with(float("inf"))
print("gradient:", w.grad.tolist())
returned = torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)  # (2)!
print("default: returned", returned.item(), "and the gradient is now", w.grad.tolist())
torch.optim.SGD([w], lr=0.1).step()
print("after step():", w.tolist())

w = gradient_with(float("nan"))
returned = torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
print("a nan instead: returned", returned.item(), "and the gradient is now", w.grad.tolist())

w = gradient_with(float("inf"))
try:
    torch.nn.utils.clip_grad_norm_([w], max_norm=1.0, error_if_nonfinite=True)  # (3)!
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
print("gradient left as it was:", w.grad.tolist())
