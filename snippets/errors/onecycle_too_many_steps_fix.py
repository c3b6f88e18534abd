import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)

dataset = TensorDataset(torch.randn(10, 3), torch.randn(10, 1))
loader = DataLoader(dataset, batch_size=4)
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.OneCycleLR(
    optimizer,
    max_lr=0.1,
    epochs=2,
    steps_per_epoch=len(loader),  # (1)!
)
print("batches per epoch:", len(loader), "| total_steps:", scheduler.total_steps)

used = []
for epoch in range(2):
    for x, y in loader:
        used.append(f"{optimizer.param_groups[0]['lr']:.4g}")
        optimizer.zero_grad()
        torch.nn.functional.mse_loss(model(x), y).backward()
        optimizer.step()
        scheduler.step()
print(f"{len(used)} steps, no error; lr used:", ", ".join(used))
