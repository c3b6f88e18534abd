import torch

torch.manual_seed(0)

model = torch.nn.Linear(3, 1)
loss_fn = torch.nn.MSELoss(reduction="none")

for batch_size in [4, 1]:
    x, y = torch.randn(batch_size, 3), torch.randn(batch_size, 1)
    loss = loss_fn(model(x), y)
    try:
        loss.backward()
        print(f"batch of {batch_size}: loss shape {list(loss.shape)}, backward() works")
    except RuntimeError as e:
        print(f"batch of {batch_size}: loss shape {list(loss.shape)}, {type(e).__name__}: {e}")
