import math

import torch

torch.manual_seed(0)

group = torch.optim.Adam([torch.zeros(1, requires_grad=True)]).param_groups[0]
lr, (b1, b2), eps = group["lr"], group["betas"], group["eps"]  # (1)!
print(f"defaults: lr={lr}, betas={(b1, b2)}, eps={eps}")
print()
print(
    f"{'g':>6} | {'m_hat':>6} {'sqrt(v_hat)':>11} | {'uncorrected':>11} "
    f"{'by hand':>10} {'torch':>10} | p after"
)

for g in [1e3, 1.0, 1e-6, 1e-8, -1e3]:
    m = (1 - b1) * g  # (2)!
    v = (1 - b2) * g * g
    m_hat = m / (1 - b1)  # (3)!
    v_hat = v / (1 - b2)
    uncorrected = lr * m / (math.sqrt(v) + eps)  # (4)!
    by_hand = lr * m_hat / (math.sqrt(v_hat) + eps)

    p = torch.tensor([1.0], requires_grad=True)
    optimizer = torch.optim.Adam([p], lr=lr)
    (g * p).sum().backward()  # (5)!
    optimizer.step()
    step = 1.0 - p.item()  # (6)!

    assert math.isclose(step, by_hand, rel_tol=0, abs_tol=1e-7)
    print(
        f"{g:>6g} | {m_hat:>6g} {math.sqrt(v_hat):>11g} | {uncorrected:>11.7f} "
        f"{by_hand:>10.7f} {step:>10.7f} | {p.item():.7f}"
    )
