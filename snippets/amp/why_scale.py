import torch

torch.manual_seed(0)

for dtype in (torch.float32, torch.float16, torch.bfloat16):
    info = torch.finfo(dtype)
    print(f"{dtype!s:<15} smallest normal {info.tiny:.2e}, largest {info.max:.2e}")  # (1)!

grads = torch.tensor([1e-3, 1e-6, 1e-8, 2.0])
scale = 65536.0


def show(label, values):
    print(f"{label:<26}", " ".join(f"{v:>10.3e}" for v in values.tolist()))


show("float32 gradient", grads)
show("as float16", grads.half().float())  # (2)!
show("scaled, float16, unscaled", (grads * scale).half().float() / scale)  # (3)!
show("as bfloat16", grads.bfloat16().float())  # (4)!
