import torch

torch.manual_seed(0)

hyperparameters = dict(lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.01)
steps = 100


def train(size: int, **implementation) -> torch.Tensor:
    generator = torch.Generator().manual_seed(size)
    w = torch.randn(size, generator=generator).requires_grad_()
    optimizer = torch.optim.SGD([w], **hyperparameters, **implementation)  # (1)!
    for _ in range(steps):
        w.grad = torch.randn(size, generator=generator)  # (2)!
        optimizer.step()
    return w.detach()


print(f"float32, {steps} steps, {hyperparameters}")
print(
    f"{'size':>4} {'% 8':>3}  {'foreach equal':<13}  {'fused equal':<11}  "
    f"{'max abs diff':<12}  {'max rel diff':<12}  differing indices"
)
for size in range(1000, 1008):
    default = train(size)
    foreach = train(size, foreach=True)
    fused = train(size, fused=True)  # (3)!
    abs_diff = (fused - default).abs()
    differing = abs_diff.nonzero().flatten().tolist()
    assert all(i >= size - size % 8 for i in differing)  # (4)!
    rel_diff = abs_diff / default.abs()
    print(
        f"{size:>4} {size % 8:>3}  {torch.equal(foreach, default)!s:<13}  "
        f"{torch.equal(fused, default)!s:<11}  "
        f"{abs_diff.max().item():<12.1e}  {rel_diff.max().item():<12.1e}  {differing}"
    )
print(f"float32 machine epsilon: {torch.finfo(torch.float32).eps:.1e}")
