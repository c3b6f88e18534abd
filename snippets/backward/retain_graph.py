import torch

torch.manual_seed(0)

w = torch.tensor([1.0, 2.0], requires_grad=True)

loss = (w ** 2).sum()
loss.backward()
try:
    loss.backward()  # (1)!
except RuntimeError as e:
    sentences = str(e).split(". ")
    print(f"{type(e).__name__}: {sentences[0]}.")
    print(f"    ... {sentences[-1]}")

w.grad = None
loss = (w ** 2).sum()
loss.backward(retain_graph=True)  # (2)!
print("first backward:  w.grad =", w.grad)
loss.backward()
print("second backward: w.grad =", w.grad)  # (3)!
