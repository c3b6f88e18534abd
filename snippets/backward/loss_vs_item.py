import torch

torch.manual_seed(0)

model = torch.nn.Linear(3, 1)
x, y = torch.randn(4, 3), torch.randn(4, 1)

loss = torch.nn.functional.mse_loss(model(x), y)
print("loss:         ", loss)
print("loss.grad_fn: ", type(loss.grad_fn).__name__)  # (1)!

value = loss.item()  # (2)!
print("loss.item():  ", round(value, 4), type(value))
try:
    value.backward()
except AttributeError as e:
    print(f"{type(e).__name__}: {e}")

loss.backward()  # (3)!
print("weight.grad:  ", model.weight.grad)
