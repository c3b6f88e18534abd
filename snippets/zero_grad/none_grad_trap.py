import torch

torch.manual_seed(0)

w = torch.randn(3, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
received = torch.ones(3)


def report(label):
    print(f"{label:<22} w.grad = {w.grad}")


def attempt(label, update):
    (w**2).sum().backward()
    optimizer.zero_grad()
    try:
        update()
        report(label)
    except (TypeError, AttributeError) as e:
        print(f"{label:<22} {type(e).__name__}: {e}")


def add_in_place():
    w.grad += received  # (1)!


def add_method():
    w.grad.add_(received)  # (2)!


attempt("w.grad += received", add_in_place)
attempt("w.grad.add_(received)", add_method)

(w**2).sum().backward()
optimizer.zero_grad(set_to_none=False)  # (3)!
w.grad += received
report("set_to_none=False")

(w**2).sum().backward()
optimizer.zero_grad()
if w.grad is None:  # (4)!
    w.grad = received.clone()
else:
    w.grad += received
report("if w.grad is None")
