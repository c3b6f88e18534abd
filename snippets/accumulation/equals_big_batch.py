import torch

torch.manual_seed(0)

x, y = torch.randn(16, 3), torch.randn(16, 1)
k = 4


def one_update(accumulate, reduction="mean"):
    torch.manual_seed(1)
    model = torch.nn.Sequential(torch.nn.Linear(3, 8), torch.nn.Tanh(), torch.nn.Linear(8, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    loss_fn = torch.nn.MSELoss(reduction=reduction)
    divisor = k if reduction == "mean" else 1  # (1)!
    optimizer.zero_grad()
    if accumulate:
        for xb, yb in zip(x.chunk(k), y.chunk(k), strict=True):  # (2)!
            loss = loss_fn(model(xb), yb) / divisor  # (3)!
            loss.backward()
    else:
        loss_fn(model(x), y).backward()
    optimizer.step()  # (4)!
    return torch.nn.utils.parameters_to_vector(model.parameters()).detach()


big = one_update(accumulate=False)
accumulated = one_update(accumulate=True)
difference = (big - accumulated).abs().max().item()

print("loss reduction:", torch.nn.MSELoss().reduction)
print("one batch of 16, first weights: ", [round(v, 4) for v in big[:4].tolist()])
print("4 x 4 accumulated, first weights:", [round(v, 4) for v in accumulated[:4].tolist()])
print("all parameters allclose:", torch.allclose(big, accumulated))
print("max abs difference < 1e-6:", difference < 1e-6)
summed = one_update(accumulate=True, reduction="sum")
print(
    "reduction='sum', no division, allclose:",
    torch.allclose(one_update(accumulate=False, reduction="sum"), summed),
)
