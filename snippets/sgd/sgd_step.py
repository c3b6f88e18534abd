import torch
import torch.nn.functional as F

torch.manual_seed(0)


@torch.no_grad()  # (1)!
def sgd_step(
    params: list[torch.Tensor],
    grads: list[torch.Tensor | None],
    momentum_buffers: list[torch.Tensor | None],  # (2)!
    *,
    lr: float,
    momentum: float = 0.0,
    dampening: float = 0.0,
    weight_decay: float = 0.0,
    nesterov: bool = False,
    maximize: bool = False,
) -> None:
    if nesterov and (momentum <= 0 or dampening != 0):
        raise ValueError("Nesterov momentum requires a momentum and zero dampening")  # (3)!
    for i, (param, grad) in enumerate(zip(params, grads, strict=True)):
        if grad is None:  # (4)!
            continue
        d_p = -grad if maximize else grad  # (5)!
        if weight_decay != 0:
            d_p = d_p.add(param, alpha=weight_decay)  # (6)!
        if momentum != 0:
            buf = momentum_buffers[i]
            if buf is None:
                buf = momentum_buffers[i] = d_p.clone()  # (7)!
            else:
                buf.mul_(momentum).add_(d_p, alpha=1 - dampening)  # (8)!
            d_p = d_p.add(buf, alpha=momentum) if nesterov else buf  # (9)!
        param.add_(d_p, alpha=-lr)  # (10)!


def same(a: torch.Tensor | None, b: torch.Tensor | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and torch.equal(a, b))


if __name__ == "__main__":  # (11)!
    x, y = torch.randn(16, 4), torch.randn(16, 2)
    start = [torch.randn(2, 4), torch.randn(2), torch.randn(3)]

    def loss_of(params):
        weight, bias, _unused = params  # (12)!
        return F.mse_loss(x @ weight.T + bias, y)

    settings = [
        dict(lr=0.1),
        dict(lr=0.1, momentum=0.9),
        dict(lr=0.1, momentum=0.9, dampening=0.5),
        dict(lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.01),
        dict(lr=0.1, momentum=0.9, weight_decay=0.01, maximize=True),
    ]
    print(f"{'hyperparameters':<54} {'params equal':<13} {'buffers equal':<14} unused unmoved")
    for hyperparameters in settings:
        ours = [t.clone().requires_grad_() for t in start]
        theirs = [t.clone().requires_grad_() for t in start]
        optimizer = torch.optim.SGD(theirs, **hyperparameters)
        buffers: list[torch.Tensor | None] = [None] * len(ours)
        for _ in range(5):
            for params in (ours, theirs):
                for p in params:
                    p.grad = None
                loss_of(params).backward()
            sgd_step(ours, [p.grad for p in ours], buffers, **hyperparameters)
            optimizer.step()

        params_equal = all(torch.equal(a, b) for a, b in zip(ours, theirs, strict=True))
        buffers_equal = all(
            same(mine, optimizer.state[p].get("momentum_buffer"))
            for mine, p in zip(buffers, theirs, strict=True)
        )
        unused_unmoved = torch.equal(ours[2], start[2])
        label = ", ".join(f"{k}={v}" for k, v in hyperparameters.items())
        print(f"{label:<54} {params_equal!s:<13} {buffers_equal!s:<14} {unused_unmoved}")
        assert params_equal
        assert buffers_equal
        assert unused_unmoved
