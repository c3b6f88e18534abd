import torch

torch.manual_seed(0)

x, y = torch.randn(16, 3), torch.randn(16, 1)
k = 4
loss_fn = torch.nn.MSELoss(reduction="sum")
w = torch.zeros(3, 1, requires_grad=True)

loss_fn(x @ w, y).backward()
big_batch = w.grad.clone()

w.grad = None
for xb, yb in zip(x.chunk(k), y.chunk(k), strict=True):
    (loss_fn(xb @ w, yb) / k).backward()

print("loss reduction:", loss_fn.reduction)
print(f"accumulated gradient / big-batch gradient: {w.grad.norm() / big_batch.norm():.4f}")
