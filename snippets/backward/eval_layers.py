import torch
from torch import nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.Dropout(p=0.5))
x = torch.randn(8, 4)
bn = model[1]

for mode in ("train", "eval"):
    getattr(model, mode)()  # (1)!
    before = bn.running_mean.clone()
    first, second = model(x), model(x)
    print(f"model.{mode}(): model.training={model.training}, Dropout.training={model[2].training}")
    print("  two passes on the same input agree:", torch.equal(first, second))  # (2)!
    print("  BatchNorm running_mean changed:    ", not torch.equal(before, bn.running_mean))  # (3)!
    print("  zeros in the output:               ", int((first == 0).sum()), "of", first.numel())
