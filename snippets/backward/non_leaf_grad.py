import warnings

import torch

torch.manual_seed(0)

a = torch.tensor([2.0], requires_grad=True)
b = a * 3
c = b**2
c.backward()
print("a.grad:", a.grad)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("b.grad:", b.grad)  # (1)!
for w in caught:
    message = str(w.message).split(" (Triggered internally")[0]  # (2)!
    print(f"{w.category.__name__}:")
    for sentence in message.split(". "):
        print("   ", sentence.rstrip(".") + ".")

a.grad = None
b = a * 3
b.retain_grad()  # (3)!
c = b**2
c.backward()
print("with retain_grad(): b.grad =", b.grad, " a.grad =", a.grad)
