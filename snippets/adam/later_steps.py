import torch

torch.manual_seed(0)

schedules = {
    "constant": [1.0] * 6,
    "flipping": [1.0, -1.0] * 3,
    "shrinking": [1.0] * 3 + [0.01] * 3,
}

moves, states = {}, {}
for name, gradients in schedules.items():
    p = torch.tensor([0.0], requires_grad=True)
    optimizer = torch.optim.Adam([p], lr=0.001)
    moves[name] = []
    for g in gradients:
        optimizer.zero_grad()
        (g * p).sum().backward()
        before = p.item()
        optimizer.step()
        moves[name].append(before - p.item())  # (1)!
    states[name] = optimizer.state[p]  # (2)!

print(f"{'step':>4} | " + " | ".join(f"{'g':>5} {name + ' move':>15}" for name in schedules))
for i in range(6):
    print(
        f"{i + 1:>4} | "
        + " | ".join(f"{schedules[name][i]:>5g} {moves[name][i]:>15.7f}" for name in schedules)
    )

state = states["constant"]
print()
print("state keys:", list(state))
print("state['step']:", state["step"])
print()
print(f"after 6 steps | {'exp_avg':>9} {'exp_avg_sq':>10} | {'m_hat':>8} {'v_hat':>8}")
for name, state in states.items():
    t = state["step"].item()
    m, v = state["exp_avg"].item(), state["exp_avg_sq"].item()
    m_hat, v_hat = m / (1 - 0.9**t), v / (1 - 0.999**t)  # (3)!
    print(f"{name:>13} | {m:>9.6f} {v:>10.6f} | {m_hat:>8.4f} {v_hat:>8.4f}")
