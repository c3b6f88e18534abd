import torch

torch.manual_seed(0)


def second_step(optimizer_class, set_to_none, **hyperparameters):
    w = torch.tensor([1.0, -2.0], requires_grad=True)
    optimizer = optimizer_class([w], lr=0.1, **hyperparameters)

    (w**2).sum().backward()
    optimizer.step()  # (1)!
    before = [round(v, 4) for v in w.tolist()]

    optimizer.zero_grad(set_to_none=set_to_none)
    optimizer.step()  # (2)!
    after = [round(v, 4) for v in w.tolist()]

    grad = "None " if w.grad is None else "zeros"
    step = optimizer.state[w].get("step")
    extra = f", state['step'] = {int(step)}" if step is not None else ""
    print(f"  set_to_none={set_to_none!s:<5} (grad {grad}): {before} -> {after}{extra}")


print("SGD(momentum=0.9, weight_decay=0.1)")
second_step(torch.optim.SGD, False, momentum=0.9, weight_decay=0.1)
second_step(torch.optim.SGD, True, momentum=0.9, weight_decay=0.1)
print("Adam")
second_step(torch.optim.Adam, False)
second_step(torch.optim.Adam, True)
