import torch

torch.manual_seed(0)

settings = [
    ("default", dict(nesterov=True)),
    ("foreach=True", dict(nesterov=False)),
    ("foreach=True", dict(nesterov=True)),
    ("foreach=True", dict(nesterov=True, weight_decay=0.01)),
    ("foreach=True", dict(nesterov=True, maximize=True)),
    ("fused=True", dict(nesterov=True)),
]
implementations = {
    "default": {},
    "foreach=True": dict(foreach=True),
    "fused=True": dict(fused=True),
}

print(
    f"{'implementation':<15} {'nesterov':<9} {'weight_decay':<13} {'maximize':<9} "
    ".grad after step 1, step 2"
)
for label, setting in settings:
    w = torch.zeros(3, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.1, momentum=0.9, **setting, **implementations[label])
    after = []
    for _ in range(2):
        grad = torch.ones(3)
        w.grad = grad  # (1)!
        optimizer.step()
        after.append([round(v, 4) for v in grad.tolist()])  # (2)!
    options = optimizer.param_groups[0]
    print(
        f"{label:<15} {options['nesterov']!s:<9} {options['weight_decay']!s:<13} "
        f"{options['maximize']!s:<9} {after[0]}  {after[1]}"
    )
