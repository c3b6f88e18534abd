import torch

torch.manual_seed(0)

print(f"{'foreach':<8} {'nesterov':<9} {'weight_decay':<13} grad after step")
for foreach in (False, True):
    for nesterov, weight_decay in ((False, 0.0), (True, 0.0), (True, 0.01)):
        w = torch.zeros(3, requires_grad=True)
        optimizer = torch.optim.SGD(
            [w], lr=0.1, momentum=0.9, nesterov=nesterov, weight_decay=weight_decay, foreach=foreach
        )
        w.grad = torch.ones(3)
        optimizer.step()  # (1)!
        grad = [round(v, 4) for v in w.grad.tolist()]
        print(f"{foreach!s:<8} {nesterov!s:<9} {weight_decay:<13} {grad}")
