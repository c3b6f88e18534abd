import torch

torch.manual_seed(0)

lr = 0.001
grad = torch.tensor([200.0, 0.5])
optimizers = {
    "SGD": lambda p: torch.optim.SGD(p, lr=lr),
    "SGD(momentum=0.9)": lambda p: torch.optim.SGD(p, lr=lr, momentum=0.9),
    "Adam": lambda p: torch.optim.Adam(p, lr=lr),
}


def show(values):
    return "[" + ", ".join(f"{v:+.5f}" for v in values.tolist()) + "]"


print(f"{'-lr * grad':<25} {show(-lr * grad)}")
for name, make in optimizers.items():
    w = torch.zeros(2, requires_grad=True)
    optimizer = make([w])
    for step in (1, 2):
        before = w.detach().clone()
        w.grad = grad.clone()  # (1)!
        optimizer.step()
        print(f"{name + f', step {step}':<25} {show(w.detach() - before)}")
