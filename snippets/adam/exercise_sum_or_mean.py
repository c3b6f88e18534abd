import torch

torch.manual_seed(0)

X = torch.randn(8, 3)
y = torch.randn(8)

for optimizer_class in (torch.optim.SGD, torch.optim.Adam):
    for reduction in ("mean", "sum"):
        w = torch.zeros(3, requires_grad=True)
        optimizer = optimizer_class([w], lr=0.01)
        for _ in range(5):
            optimizer.zero_grad()
            loss = torch.nn.functional.mse_loss(X @ w, y, reduction=reduction)
            loss.backward()
            optimizer.step()
        values = ", ".join(f"{v:+.4f}" for v in w.tolist())
        print(f"{optimizer_class.__name__:<4} reduction={reduction!r:<6}  w = [{values}]")
