import torch

torch.manual_seed(0)


def gradient():
    w = torch.zeros(4, requires_grad=True)
    (w * torch.tensor([0.25, -0.5, 3.0, -8.0])).sum().backward()
    return w


def show(name, g):
    direction = [round(v, 4) for v in (g / g.norm()).tolist()]
    print(f"{name:<21} {[round(v, 4) for v in g.tolist()]!s:<34} direction {direction}")


w = gradient()
show("gradient", w.grad)

returned = torch.nn.utils.clip_grad_value_([w], clip_value=1.0)  # (1)!
show("clip_grad_value_(1.0)", w.grad)
print("clip_grad_value_ returned:", returned)

w = gradient()
torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)  # (2)!
show("clip_grad_norm_(1.0)", w.grad)
