import torch

torch.manual_seed(0)

w = torch.nn.Parameter(torch.zeros(2))
groups = {}
for optimizer_class in (torch.optim.SGD, torch.optim.Adam, torch.optim.AdamW):
    optimizer = optimizer_class([w], lr=0.1)
    group = optimizer.param_groups[0]  # (1)!
    groups[optimizer_class.__name__] = group
    print(f"{optimizer_class.__name__}: {len(optimizer.param_groups)} group, {len(group)} keys")
    print("  " + ", ".join(sorted(group)))

print("params holds the tensor itself:", groups["SGD"]["params"][0] is w)  # (2)!

adam, adamw = groups["Adam"], groups["AdamW"]
for key in sorted(adam):
    if key != "params" and adam[key] != adamw[key]:
        print(f"Adam vs AdamW, {key}: {adam[key]} vs {adamw[key]}")  # (3)!
