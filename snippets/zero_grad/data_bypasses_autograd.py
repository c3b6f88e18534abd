import torch

torch.manual_seed(0)

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w**2).sum()  # (1)!
expected = 2 * w.detach().clone()
w.data.mul_(10)  # (2)!
loss.backward()
print("gradient of this loss:  ", expected)
print("changed through .data:   w.grad =", w.grad)

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w**2).sum()
with torch.no_grad():
    w.mul_(10)  # (3)!
try:
    loss.backward()
except RuntimeError as e:
    print(f"changed under no_grad(): {type(e).__name__}:")
    print("   ", str(e).split(" Hint")[0])
