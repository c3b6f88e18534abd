import torch

torch.manual_seed(0)

size, steps = 1001, 100
dtypes = [torch.float32, torch.float64, torch.float16, torch.bfloat16]
settings = [dict(momentum=0.0), dict(momentum=0.9)]
implementations = [dict(foreach=True), dict(fused=True)]


def train(dtype: torch.dtype, hyperparameters: dict, **implementation) -> torch.Tensor:
    generator = torch.Generator().manual_seed(0)
    w = torch.randn(size, generator=generator).to(dtype).requires_grad_()  # (1)!
    optimizer = torch.optim.SGD([w], lr=0.1, **hyperparameters, **implementation)
    for _ in range(steps):
        w.grad = torch.randn(size, generator=generator).to(dtype)
        optimizer.step()
    return w.detach()


print(f"{size} elements, {steps} steps: equal to the default, bit for bit?")
print(f"{'':<15}{'momentum=0':<28}momentum=0.9")
print(f"{'dtype':<15}" + (f"{'foreach=True':<14}{'fused=True':<14}" * 2).rstrip())
for dtype in dtypes:
    row = []
    for hyperparameters in settings:
        default = train(dtype, hyperparameters)
        for implementation in implementations:
            same = torch.equal(train(dtype, hyperparameters, **implementation), default)  # (2)!
            row.append(f"{same!s:<14}")
    print(f"{dtype!s:<15}" + "".join(row).rstrip())
