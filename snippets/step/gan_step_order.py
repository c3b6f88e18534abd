import torch
from torch import nn

torch.manual_seed(0)

real = torch.randn(16, 2) + 3
z = torch.randn(16, 2)
ones, zeros = torch.ones(16, 1), torch.zeros(16, 1)
bce = nn.BCEWithLogitsLoss()


def one_iteration(fresh_forward):
    torch.manual_seed(1)
    G = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 2))
    D = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
    optimizer_G = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
    optimizer_D = torch.optim.Adam(D.parameters(), lr=1e-4, betas=(0.5, 0.999))
    print(f"fresh_forward={fresh_forward}")

    fake = G(z)
    score_fake = D(fake)  # (1)!
    loss_D = bce(D(real), ones) + bce(score_fake, zeros)
    loss_G = bce(score_fake, ones)

    optimizer_D.zero_grad()
    loss_D.backward(retain_graph=True)
    version = D[2].weight._version
    optimizer_D.step()  # (2)!
    print(f"  D[2].weight._version: {version} -> {D[2].weight._version}")

    optimizer_G.zero_grad()
    if fresh_forward:
        loss_G = bce(D(fake), ones)  # (3)!
    try:
        loss_G.backward()
    except RuntimeError as e:
        print(f"  {type(e).__name__}: {e}")
        return
    optimizer_G.step()
    print(f"  loss_G.backward() and optimizer_G.step() ran, loss_G {loss_G.item():.4f}")


one_iteration(fresh_forward=False)
one_iteration(fresh_forward=True)
