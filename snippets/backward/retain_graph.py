import torch

torch.manual_seed(0)

w = torch.tensor([1.0, 2.0], requires_grad=True)

loss = (w**2).sum()
loss.backward()
try:
    loss.backward()  # (1)!
except RuntimeError as e:
    print(f"{type(e).__name__}:")
    for sentence in str(e).split(". "):
        print("   ", sentence.rstrip(".") + ".")

w.grad = None
loss = (w**2).sum()
loss.backward(retain_graph=True)  # (2)!
print("first backward:  w.grad =", w.grad)
loss.backward()
print("second backward: w.grad =", w.grad)  # (3)!

w.grad = None
loss = (w + 1).sum()  # (4)!
loss.backward()
loss.backward()
print("(w + 1).sum(), backward twice without retain_graph: w.grad =", w.grad)
