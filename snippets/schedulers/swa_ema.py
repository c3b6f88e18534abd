import torch
from torch import nn
from torch.optim.lr_scheduler import CosineAnnealingLR
from torch.optim.swa_utils import SWALR, AveragedModel, get_ema_multi_avg_fn, update_bn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 1))
x, y = torch.randn(64, 4), torch.randn(64, 1)
loader = [(x[i : i + 16], y[i : i + 16]) for i in range(0, 64, 16)]
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = CosineAnnealingLR(optimizer, T_max=10)
swa_model = AveragedModel(model)  # (1)!
ema_model = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(0.9), use_buffers=True)  # (2)!
swa_scheduler = SWALR(optimizer, swa_lr=0.02, anneal_epochs=2)  # (3)!
swa_start = 5
snapshots = []

for epoch in range(8):
    lr = optimizer.param_groups[0]["lr"]
    for xb, yb in loader:
        optimizer.zero_grad()
        nn.functional.mse_loss(model(xb), yb).backward()
        optimizer.step()
        ema_model.update_parameters(model)  # (4)!
    if epoch >= swa_start:
        swa_model.update_parameters(model)  # (5)!
        snapshots.append([p.detach().clone() for p in model.parameters()])
        swa_scheduler.step()  # (6)!
    else:
        scheduler.step()
    print(
        f"epoch {epoch}: lr {lr:.4f}, swa_model.n_averaged {swa_model.n_averaged.item()}, "
        f"ema_model.n_averaged {ema_model.n_averaged.item()}"
    )

mean = [torch.stack(ps).mean(0) for ps in zip(*snapshots, strict=True)]
print(
    "SWA weights = mean of the 3 snapshots:",
    all(torch.allclose(a, b) for a, b in zip(swa_model.parameters(), mean, strict=True)),
)

swa_bn = swa_model.module[1]
print(
    "SWA BatchNorm running_mean is the model's:",
    torch.equal(swa_bn.running_mean, model[1].running_mean),
)
update_bn(loader, swa_model)  # (7)!
with torch.no_grad():
    features = swa_model.module[0](x)
print(
    "after update_bn, running_mean = mean of the SWA features:",
    torch.allclose(swa_bn.running_mean, features.mean(0), atol=1e-6),
)
print("swa_model.state_dict() keys:", list(swa_model.state_dict())[:3], "...")  # (8)!

try:
    AveragedModel(model, get_ema_multi_avg_fn(0.9))  # (9)!
except TypeError as e:
    print("AveragedModel(model, get_ema_multi_avg_fn(0.9)): TypeError:", str(e).split(", but")[0])
