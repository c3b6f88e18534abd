import weakref

import torch

torch.manual_seed(0)

model = torch.nn.Sequential(torch.nn.Linear(512, 512), torch.nn.ReLU(), torch.nn.Linear(512, 10))
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
x = torch.randn(64, 512)


def grad_bytes() -> int:
    return sum(p.grad.nbytes for p in model.parameters() if p.grad is not None)  # (1)!


print(f"parameters: {sum(p.nbytes for p in model.parameters())} bytes")
for set_to_none in (True, False):
    model(x).square().mean().backward()
    old = weakref.ref(model[0].weight.grad)  # (2)!
    print(f"set_to_none={set_to_none}")
    print(f"  after backward:       gradients hold {grad_bytes()} bytes")
    optimizer.zero_grad(set_to_none=set_to_none)
    grad = model[0].weight.grad
    state = "None" if grad is None else f"tensor, all zero: {bool((grad == 0).all())}"
    print(f"  after zero_grad:      gradients hold {grad_bytes()} bytes, weight.grad is {state}")
    print(f"  old gradient tensor still alive: {old() is not None}")  # (3)!
    model(x).square().mean().backward()
    print(f"  next backward wrote into the old tensor: {model[0].weight.grad is old()}")
    optimizer.zero_grad()  # (4)!
