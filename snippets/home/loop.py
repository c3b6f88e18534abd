import torch
from torch import nn

torch.manual_seed(0)

x = torch.randn(256, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]]) + 0.1 * torch.randn(256, 1)
batches = list(zip(x.split(32), y.split(32), strict=True))

model = nn.Linear(4, 1)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)

for epoch in range(5):
    for xb, yb in batches:
        optimizer.zero_grad()  # (1)!
        loss = loss_fn(model(xb), yb)
        loss.backward()  # (2)!
        optimizer.step()  # (3)!
    scheduler.step()  # (4)!
    lr = scheduler.get_last_lr()[0]
    print(f"epoch {epoch}: last loss {loss.item():.4f}, next lr {lr:.4f}")
