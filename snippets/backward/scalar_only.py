import torch

torch.manual_seed(0)

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

for name, out in [
    ("w * 2         ", w * 2),  # (1)!
    ("(w * 2).sum() ", (w * 2).sum()),
    ("(w * 2)[:1]   ", (w * 2)[:1]),  # (2)!
]:
    w.grad = None
    try:
        out.backward()
        print(f"{name} shape {list(out.shape)!s:<4} backward() works, w.grad = {w.grad}")
    except RuntimeError as e:
        print(f"{name} shape {list(out.shape)!s:<4} {type(e).__name__}: {e}")
