import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu")
x, y = torch.randn(8, 3), torch.randn(8, 1)


def autocast_loss():
    with torch.autocast("cpu", dtype=torch.float16):
        return nn.functional.mse_loss(model(x), y)


loss = autocast_loss()
loss.backward()  # (1)!
true_grad = model.weight.grad.clone()

optimizer.zero_grad()
loss = autocast_loss()
scaled = scaler.scale(loss)  # (2)!
print(
    f"loss {loss.item():.4f}, scaled loss {scaled.item():.1f}, "
    f"ratio {scaled.item() / loss.item():.0f}"
)
scaled.backward()
print("true gradient:    ", [round(g, 4) for g in true_grad.flatten().tolist()])
print("scaled gradient:  ", [round(g, 1) for g in model.weight.grad.flatten().tolist()])
print("scaled == true * 65536:", torch.equal(model.weight.grad, true_grad * 65536))  # (3)!

scaler.unscale_(optimizer)  # (4)!
print("after unscale_:   ", [round(g, 4) for g in model.weight.grad.flatten().tolist()])
print("unscaled == true:", torch.equal(model.weight.grad, true_grad))
