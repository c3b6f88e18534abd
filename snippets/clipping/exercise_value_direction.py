import torch

torch.manual_seed(0)


def gradient():
    w = torch.zeros(2, requires_grad=True)
    (w * torch.tensor([0.5, 2.0])).sum().backward()
    return w


def show(name, g):
    values = [round(v, 4) for v in g.tolist()]
    print(f"{name:<22} {values!s:<18} second / first = {g[1] / g[0]:.4f}")


w = gradient()
show("gradient", w.grad)
torch.nn.utils.clip_grad_value_([w], clip_value=1.0)
show("clip_grad_value_(1.0)", w.grad)

w = gradient()
torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
show("clip_grad_norm_(1.0)", w.grad)
