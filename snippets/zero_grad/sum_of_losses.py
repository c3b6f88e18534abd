import torch

torch.manual_seed(0)

model = torch.nn.Linear(3, 1)
x = torch.randn(4, 3)
target = torch.randn(4, 1)

torch.nn.functional.mse_loss(model(x), target).backward()  # (1)!
torch.nn.functional.l1_loss(model(x), target).backward()
accumulated = model.weight.grad.clone()

model.zero_grad()
mse = torch.nn.functional.mse_loss(model(x), target)
l1 = torch.nn.functional.l1_loss(model(x), target)
(mse + l1).backward()  # (2)!
summed = model.weight.grad.clone()

print("two backward calls:", accumulated)
print("one summed loss:   ", summed)
print("same gradient (to rounding):", torch.allclose(accumulated, summed))
