import itertools

import torch

torch.manual_seed(0)


def one_step(foreach, nesterov, weight_decay, maximize):
    w = torch.ones(3, requires_grad=True)
    optimizer = torch.optim.SGD(
        [w], lr=0.1, momentum=0.9, nesterov=nesterov, weight_decay=weight_decay,
        maximize=maximize, foreach=foreach,
    )
    w.grad = torch.ones(3)
    optimizer.step()  # (1)!
    return w.detach(), w.grad


print("SGD(lr=0.1, momentum=0.9, foreach=True), one step from w.grad = ones")
header = ["nesterov", "weight_decay", "maximize", "w.grad after step", "w as without foreach"]
print(f"{header[0]:<9} {header[1]:<13} {header[2]:<9} {header[3]:<18} {header[4]}")
settings = itertools.product((False, True), (0.0, 0.01), (False, True))
for nesterov, weight_decay, maximize in settings:
    w_foreach, grad = one_step(True, nesterov, weight_decay, maximize)
    w_default, _ = one_step(False, nesterov, weight_decay, maximize)  # (2)!
    shown = str([round(g, 4) for g in grad.tolist()])
    same = torch.equal(w_foreach, w_default)
    print(f"{nesterov!s:<9} {weight_decay:<13} {maximize!s:<9} {shown:<18} {same}")
