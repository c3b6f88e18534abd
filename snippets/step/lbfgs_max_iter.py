import torch

torch.manual_seed(0)


def rosenbrock(p):
    return (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2


def run(steps, **options):
    p = torch.nn.Parameter(torch.tensor([-1.5, 2.0]))
    optimizer = torch.optim.LBFGS([p], **options)

    def closure():
        optimizer.zero_grad()
        loss = rosenbrock(p)
        loss.backward()
        return loss

    for _ in range(steps):
        optimizer.step(closure)
    group, state = optimizer.param_groups[0], optimizer.state[p]  # (1)!
    arguments = ", ".join(f"{k}={v!r}" for k, v in options.items())
    label = f"LBFGS({arguments}), {steps} x step(closure)"
    print(
        f"{label}\n  max_iter {group['max_iter']}, max_eval {group['max_eval']}: "
        f"{state['n_iter']} iterations, {state['func_evals']} closure calls, "
        f"loss {rosenbrock(p).item():.3g}"
    )
    return p.detach()


print(f"loss at the start: {rosenbrock(torch.tensor([-1.5, 2.0])).item():.3g}")
run(1)  # (2)!
run(1, max_eval=5)
run(1, line_search_fn="strong_wolfe")
one_step = run(1, max_iter=100)  # (3)!
five_steps = run(5, max_iter=20)
print("same parameters:", torch.equal(one_step, five_steps))
one_step = run(1, max_iter=100, tolerance_change=1e-3)  # (4)!
five_steps = run(5, max_iter=20, tolerance_change=1e-3)
print("same parameters:", torch.equal(one_step, five_steps))
run(30, max_iter=1, line_search_fn="strong_wolfe")  # (5)!
_ = run(30, max_iter=1, max_eval=10, line_search_fn="strong_wolfe")
