import torch
from torch import nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 1))
linear, bn = model[0], model[1]
with torch.no_grad():
    for _ in range(5):
        model(torch.randn(32, 4) * 2 + 1)  # (1)!
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(16, 4), torch.randn(16, 1)


def freeze_bn(module):  # (2)!
    for m in module.modules():
        if isinstance(m, (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d, nn.SyncBatchNorm)):
            m.eval()


def train(steps):
    stats = bn.running_mean.clone()
    bn_weight, lin_weight = bn.weight.detach().clone(), linear.weight.detach().clone()
    for _ in range(steps):
        optimizer.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        optimizer.step()
    print(
        f"  running_mean unchanged:   {torch.equal(stats, bn.running_mean)}"
        f" (num_batches_tracked {bn.num_batches_tracked.item()})"
    )
    print(
        f"  BatchNorm weight changed: {not torch.equal(bn_weight, bn.weight)}"
        f" (grad is None: {bn.weight.grad is None})"
    )
    print(f"  Linear weight changed:    {not torch.equal(lin_weight, linear.weight)}")


model.train()
freeze_bn(model)
print(f"model.training={model.training}, BatchNorm training={bn.training}")
print("3 steps with BatchNorm in eval mode:")
train(3)

bn.requires_grad_(False)  # (3)!
print("3 steps with BatchNorm in eval mode and requires_grad_(False):")
train(3)

model.train()  # (4)!
print(f"model.train() again: BatchNorm training={bn.training}")
print("1 step:")
train(1)
