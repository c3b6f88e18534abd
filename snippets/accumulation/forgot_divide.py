import torch

torch.manual_seed(0)

x, y = torch.randn(16, 3), torch.randn(16, 1)
loss_fn = torch.nn.MSELoss()
k = 4


def train(make_optimizer, divide, updates):
    torch.manual_seed(1)
    model = torch.nn.Sequential(torch.nn.Linear(3, 8), torch.nn.Tanh(), torch.nn.Linear(8, 1))
    optimizer = make_optimizer(model.parameters())
    start = torch.nn.utils.parameters_to_vector(model.parameters()).detach().clone()
    for _ in range(updates):
        optimizer.zero_grad()
        for xb, yb in zip(x.chunk(k), y.chunk(k), strict=True):
            loss = loss_fn(model(xb), yb)
            (loss / k if divide else loss).backward()  # (1)!
        optimizer.step()
    return start, torch.nn.utils.parameters_to_vector(model.parameters()).detach()


optimizers = {
    "SGD(lr=0.1)": lambda p: torch.optim.SGD(p, lr=0.1),
    "Adam(lr=0.01)": lambda p: torch.optim.Adam(p, lr=0.01),
    "AdamW(lr=0.01, weight_decay=0.1)": lambda p: torch.optim.AdamW(p, lr=0.01, weight_decay=0.1),
    "Adam(lr=0.01, weight_decay=0.1)": (
        lambda p: torch.optim.Adam(p, lr=0.01, weight_decay=0.1)  # (2)!
    ),
}
print(f"{'optimizer':<33} {'first update ratio':>18} {'max |diff| after 20':>20}")
for name, make in optimizers.items():
    start, with_k = train(make, divide=True, updates=1)
    _, without_k = train(make, divide=False, updates=1)
    ratio = (without_k - start).norm() / (with_k - start).norm()  # (3)!
    _, with_k_20 = train(make, divide=True, updates=20)
    _, without_k_20 = train(make, divide=False, updates=20)
    drift = (with_k_20 - without_k_20).abs().max()  # (4)!
    print(f"{name:<33} {ratio:>18.4f} {drift:>20.4f}")
