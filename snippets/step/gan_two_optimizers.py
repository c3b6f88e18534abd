import torch
from torch import nn

torch.manual_seed(0)

G = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 2))
D = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer_G = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))  # (1)!
optimizer_D = torch.optim.Adam(D.parameters(), lr=1e-4, betas=(0.5, 0.999))
bce = nn.BCEWithLogitsLoss()
print("lr of optimizer_G:", optimizer_G.param_groups[0]["lr"])
print("lr of optimizer_D:", optimizer_D.param_groups[0]["lr"])


def grads(label):
    g = "None" if all(p.grad is None for p in G.parameters()) else "set"
    d = "None" if all(p.grad is None for p in D.parameters()) else "set"
    print(f"{label:<28} G grads: {g:<4}  D grads: {d}")


def snapshot(model):
    return [p.detach().clone() for p in model.parameters()]


def changed(model, before):
    return any(not torch.equal(b, p) for b, p in zip(before, model.parameters(), strict=True))


z = torch.randn(16, 2)
loss_G = bce(D(G(z)), torch.ones(16, 1))
loss_G.backward()  # (2)!
grads("after loss_G.backward():")

G_before, D_before = snapshot(G), snapshot(D)
optimizer_G.step()  # (3)!
print(f"optimizer_G.step() changed G: {changed(G, G_before)}, changed D: {changed(D, D_before)}")

optimizer_D.zero_grad()  # (4)!
grads("after optimizer_D.zero_grad():")
optimizer_G.zero_grad()
grads("after optimizer_G.zero_grad():")
