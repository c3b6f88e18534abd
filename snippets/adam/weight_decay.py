import torch

torch.manual_seed(0)

lr, weight_decay = 0.01, 0.1
start = torch.tensor([0.5, 50.0])


def one_step(optimizer_class, **options):
    p = start.clone().requires_grad_()
    optimizer = optimizer_class([p], lr=lr, weight_decay=weight_decay, **options)
    p.grad = torch.zeros_like(p)  # (1)!
    optimizer.step()
    return p.detach()


adam = one_step(torch.optim.Adam)  # (2)!
adamw = one_step(torch.optim.AdamW)  # (3)!
decoupled = one_step(torch.optim.Adam, decoupled_weight_decay=True)  # (4)!

print(f"{'':<6} {'p[0]':>7} {'p[1]':>8} | {'moved p[0]':>10} {'moved p[1]':>10}")
print(f"{'start':<6} {start[0]:>7.4f} {start[1]:>8.4f} |")
for name, p in [("Adam", adam), ("AdamW", adamw)]:
    moved = start - p
    print(f"{name:<6} {p[0]:>7.4f} {p[1]:>8.4f} | {moved[0]:>10.4f} {moved[1]:>10.4f}")
print()
checks = {
    "Adam moved both by lr": torch.allclose(adam, start - lr),
    "AdamW is p * (1 - lr * weight_decay)": torch.allclose(adamw, start * (1 - lr * weight_decay)),
    "Adam(decoupled_weight_decay=True) == AdamW": torch.equal(decoupled, adamw),
}
for claim, holds in checks.items():
    print(f"{claim + ':':<44} {holds}")

print()
for optimizer_class in (torch.optim.Adam, torch.optim.AdamW):
    default = optimizer_class([start.clone().requires_grad_()]).defaults["weight_decay"]  # (5)!
    print(f"{optimizer_class.__name__} default weight_decay: {default}")
