import torch

torch.manual_seed(0)

model = torch.nn.Linear(3, 1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
loss_fn = torch.nn.MSELoss()

loss_fn(model(x), y).backward()
big_batch = model.weight.grad.clone()

model.zero_grad()
k = 4
for xs, ys in zip(x.chunk(k), y.chunk(k), strict=True):
    (loss_fn(model(xs), ys) / k).backward()  # (1)!
accumulated = model.weight.grad.clone()

print("batch of 8:      ", big_batch)
print("4 batches of 2:  ", accumulated)
print("equal to rounding:", torch.allclose(big_batch, accumulated))
