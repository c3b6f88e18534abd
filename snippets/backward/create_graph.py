import warnings

import torch

torch.manual_seed(0)

x = torch.tensor(3.0, requires_grad=True)
(dy_dx,) = torch.autograd.grad(x**3, x)
print("dy/dx, default:           ", dy_dx)  # (1)!
(dy_dx,) = torch.autograd.grad(x**3, x, create_graph=True)  # (2)!
print("dy/dx, create_graph=True: ", dy_dx)
(d2y_dx2,) = torch.autograd.grad(dy_dx, x)  # (3)!
print("d2y/dx2:                  ", d2y_dx2)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    (x**3).backward(create_graph=True)  # (4)!
print("x.grad after backward(create_graph=True):", x.grad)
for w in caught:
    print(f"{w.category.__name__}:")
    for sentence in str(w.message).split(" (Triggered internally")[0].split(". "):
        print("   ", sentence.rstrip(".") + ".")
x.grad = None  # (5)!
