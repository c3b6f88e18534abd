import torch

torch.manual_seed(0)


def train(dtype, foreach):
    generator = torch.Generator().manual_seed(0)
    w = torch.randn(1000, generator=generator).to(dtype).requires_grad_()
    optimizer = torch.optim.SGD([w], lr=0.1, momentum=0.9, weight_decay=0.01, foreach=foreach)
    for _ in range(50):
        w.grad = torch.randn(1000, generator=generator).to(dtype)
        optimizer.step()
    return w.detach()


for dtype in (torch.float32, torch.float64, torch.float16, torch.bfloat16):
    same = torch.equal(train(dtype, foreach=False), train(dtype, foreach=True))  # (1)!
    print(f"{str(dtype):<15} foreach=True equals the default bit for bit: {same}")
