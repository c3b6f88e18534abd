import torch
from torch import nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
x, y = torch.randn(8, 3), torch.randn(8, 1)


def forward():
    with torch.autocast("cpu", dtype=torch.bfloat16):  # (1)!
        hidden = model[1](model[0](x))
        output = model[2](hidden)
        loss = nn.functional.mse_loss(output, y)
        assert torch.is_autocast_enabled("cpu")
    assert not torch.is_autocast_enabled("cpu")
    return hidden, output, loss


hidden, output, loss = forward()
print("activation dtype:", hidden.dtype)
print("output dtype:    ", output.dtype)
print("loss dtype:      ", loss.dtype)  # (2)!
print("parameter dtype: ", model[0].weight.dtype)

hidden.register_hook(lambda g: print("gradient arriving at the activation:", g.dtype))  # (3)!
loss.backward()  # (4)!
print("parameter .grad dtype:", model[0].weight.grad.dtype)
outside = [p.grad.clone() for p in model.parameters()]

model.zero_grad()
hidden, output, loss = forward()
with torch.autocast("cpu", dtype=torch.bfloat16):
    loss.backward()  # (5)!
inside = [p.grad.clone() for p in model.parameters()]
print("same gradients with backward inside autocast:",
      all(torch.equal(a, b) for a, b in zip(outside, inside)))
