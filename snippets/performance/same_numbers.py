import torch

torch.manual_seed(0)

size, steps = 1001, 100
dtypes = [torch.float32, torch.float64, torch.float16, torch.bfloat16]


def train(dtype: torch.dtype, **implementation) -> torch.Tensor:
    generator = torch.Generator().manual_seed(0)  # (1)!
    w = torch.randn(size, generator=generator).to(dtype).requires_grad_()
    optimizer = torch.optim.Adam([w], lr=1e-3, **implementation)
    for _ in range(steps):
        w.grad = torch.randn(size, generator=generator).to(dtype)
        optimizer.step()
    return w.detach()


print(f"Adam, {size} elements, {steps} steps: equal to the default, bit for bit?")
print(f"{'dtype':<15}{'foreach=True':<14}fused=True")
for dtype in dtypes:
    default = train(dtype)
    foreach = torch.equal(train(dtype, foreach=True), default)
    fused = torch.equal(train(dtype, fused=True), default)
    print(f"{dtype!s:<15}{foreach!s:<14}{fused}")
